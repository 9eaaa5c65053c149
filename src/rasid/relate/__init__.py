"""Relations between mentions: events, casualties and claims (who says what)."""
