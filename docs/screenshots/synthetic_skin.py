#!/usr/bin/python3
"""Writes synthetic skin photos for the README's screenshots.

The project's real photos (../shared/images) must not be committed, and neither may anything
derived from them, so the screenshots show generated skin: a lit skin-tone surface with pores
and hair, and one lesion (a pigmented nevus, or a scaly erythematous plaque).
Usage: synthetic_skin.py OUT_DIR
"""
import os
import sys

import cv2
import numpy as np


def skin(rng, width, height, tone):
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    light = 0.85 + 0.25 * (1 - ((x - width * 0.4) ** 2 + (y - height * 0.35) ** 2)
                           / (width ** 2 + height ** 2))
    base = np.array(tone, np.float32)[None, None, :] * light[..., None]
    grain = cv2.GaussianBlur(rng.normal(0, 9, (height, width)).astype(np.float32), (0, 0), 1.2)
    pores = (rng.random((height, width)) > 0.997).astype(np.float32)
    pores = cv2.GaussianBlur(pores, (0, 0), 1.5) * 60
    image = base + grain[..., None] - pores[..., None]
    for _ in range(40):  # fine hairs
        x0, y0 = rng.integers(0, width), rng.integers(0, height)
        angle = rng.uniform(0, np.pi)
        length = rng.integers(30, 90)
        x1, y1 = int(x0 + length * np.cos(angle)), int(y0 + length * np.sin(angle))
        cv2.line(image, (int(x0), int(y0)), (x1, y1), (60, 70, 90), 1, cv2.LINE_AA)
    return image


def blob_mask(rng, width, height, cx, cy, radius, roughness):
    angles = np.linspace(0, 2 * np.pi, 90, endpoint=False)
    radii = radius * (1 + roughness * np.convolve(
        np.r_[rng.normal(0, 1, 90), rng.normal(0, 1, 90)], np.ones(9) / 9, "same")[:90])
    points = np.stack([cx + radii * np.cos(angles), cy + radii * np.sin(angles)], 1)
    mask = np.zeros((height, width), np.float32)
    cv2.fillPoly(mask, [points.astype(np.int32)], 1.0)
    return cv2.GaussianBlur(mask, (0, 0), radius * 0.08)


def nevus(rng, width=1600, height=1200):
    image = skin(rng, width, height, (150, 175, 215))  # BGR
    mask = blob_mask(rng, width, height, width * 0.52, height * 0.5, height * 0.17, 0.35)
    centre = blob_mask(rng, width, height, width * 0.5, height * 0.48, height * 0.08, 0.5)
    brown = np.array((40, 65, 105), np.float32)
    dark = np.array((25, 35, 60), np.float32)
    image = image * (1 - mask[..., None]) + brown * mask[..., None]
    image = image * (1 - centre[..., None] * 0.7) + dark * centre[..., None] * 0.7
    return image


def plaque(rng, width=1600, height=1200):
    image = skin(rng, width, height, (140, 165, 210))
    mask = blob_mask(rng, width, height, width * 0.48, height * 0.52, height * 0.28, 0.25)
    red = np.array((95, 105, 200), np.float32)
    image = image * (1 - mask[..., None] * 0.8) + red * mask[..., None] * 0.8
    scales = (rng.random((height, width)) > 0.985).astype(np.float32)
    scales = cv2.dilate(scales, np.ones((5, 9), np.uint8)) * mask
    scales = cv2.GaussianBlur(scales, (0, 0), 1.5)
    return image * (1 - scales[..., None] * 0.7) + 235 * scales[..., None] * 0.7


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(7)
    for name, make in (("synthetic-nevus.jpg", nevus), ("synthetic-plaque.jpg", plaque)):
        image = np.clip(make(rng), 0, 255).astype(np.uint8)
        cv2.imwrite(os.path.join(out, name), image, [cv2.IMWRITE_JPEG_QUALITY, 92])


if __name__ == "__main__":
    main()
