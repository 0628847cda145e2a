"""Screendumps for the smoke test: qemu's `screendump` writes binary PPM (P6)."""


def read(path):
    """(width, height, pixels) of a P6 file: pixels are RGB bytes, row by row."""
    data = open(path, "rb").read()
    parts, pos = [], 0
    while len(parts) < 4:  # P6 width height maxval, separated by whitespace
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        parts.append(data[pos:end])
        pos = end
    return int(parts[1]), int(parts[2]), data[pos + 1:]
