"""Scoring the explainer against a hand-annotated corpus of real texts (`explainer eval`)."""
