"""Its import never ends (a training loop at the top level)."""
while True:
    pass
