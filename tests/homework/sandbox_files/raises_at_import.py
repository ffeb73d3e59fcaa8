import numpy as np

W = np.zeros((3, 2))
Y = np.ones((4, 5)) @ W
