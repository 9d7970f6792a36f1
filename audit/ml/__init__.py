"""Machine learning shared by the detectors and the goal scorer."""
