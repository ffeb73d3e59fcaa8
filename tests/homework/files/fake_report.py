"""Hostile: prints a fake passing report and exits with status 0 while it loads."""
import sys

print("tp1.py: PASS")
sys.exit(0)
