#!/usr/bin/python3
"""pytorch-grad-cam's show_cam_on_image algorithm, timed, for bench_imaging's comparison.

Usage: show_cam_on_image.py PHOTO.png MASK.png ROUNDS
Prints one line: the median milliseconds of the function over ROUNDS runs (inputs already
decoded, as in the C++ side). Needs Debian's python3-opencv and python3-numpy only.
The function body is the classic form of pytorch_grad_cam.utils.image.show_cam_on_image
(use_rgb=False, COLORMAP_JET): heat map plus image, divided by the maximum, which is the
renormalisation Dermaview's overlays deliberately do not do.
"""
import statistics
import sys
import time

import cv2
import numpy as np


def show_cam_on_image(img: np.ndarray, mask: np.ndarray) -> np.ndarray:
    heatmap = cv2.applyColorMap(np.uint8(255 * mask), cv2.COLORMAP_JET)
    heatmap = np.float32(heatmap) / 255
    cam = heatmap + img
    cam = cam / np.max(cam)
    return np.uint8(255 * cam)


def main() -> None:
    photo = np.float32(cv2.imread(sys.argv[1], cv2.IMREAD_COLOR)) / 255
    mask = np.float32(cv2.imread(sys.argv[2], cv2.IMREAD_GRAYSCALE)) / 255
    rounds = int(sys.argv[3])
    show_cam_on_image(photo, mask)  # warm-up
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        show_cam_on_image(photo, mask)
        times.append((time.perf_counter() - start) * 1000)
    print(f"{statistics.median(times):.2f}")


if __name__ == "__main__":
    main()
