"""Stage 2: find every mention of every entry in every article, with exact body offsets."""
