// libvips' operations take their options as C variadic arguments, which Swift cannot call:
// these functions call them with fixed options, for FTAPImages.
#ifndef FTAP_IMAGE_SHIM_H
#define FTAP_IMAGE_SHIM_H

#include <stddef.h>

/// Starts libvips once per process (its operation cache off: every image is read once).
/// 0 when it is ready.
int ftap_image_start(void);

/// What the header of the image file at `path` says, and whether its pixels decode to the end:
/// its width and height once turned upright (EXIF orientation), its loader's name (as
/// "jpegload", "pngload", "webpload"…), whether it has an alpha channel, and its page count
/// (an animation has more than one). 0 when the image decodes; else -1 (`ftap_image_error`).
int ftap_image_probe(const char *path, int *width, int *height, int *has_alpha, int *pages,
                     char *loader, size_t loader_size);

/// The image at `path`, turned upright, converted to sRGB, made `width` pixels wide (never
/// wider than it is), saved as `format` ("webp", "jpeg" or "png") without metadata (EXIF, XMP,
/// IPTC, colour profile). The bytes are in `*bytes` (free them with `ftap_image_free`), their
/// count in `*length`, the size made in `*made_width` × `*made_height`. 0 when done, else -1.
int ftap_image_variant(const char *path, int width, const char *format, int quality,
                       void **bytes, size_t *length, int *made_width, int *made_height);

/// Frees bytes given by `ftap_image_variant`.
void ftap_image_free(void *bytes);

/// The SHA-256 of `length` bytes, as 64 lowercase hexadecimal digits and a NUL, into `hex`.
void ftap_image_sha256(const void *bytes, size_t length, char hex[65]);

/// libvips' last error message for this thread, copied into `buffer`, then cleared.
void ftap_image_error(char *buffer, size_t size);

#endif
