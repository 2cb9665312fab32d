#include "image_shim.h"

#include <string.h>
#include <vips/vips.h>

// libvips' warnings (« not enough data », in English, on standard error) say again what its
// errors say: the failure reaches the author as a diagnostic, in French, at the file.
static void quiet(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void) domain; (void) level; (void) message; (void) data;
}

int ftap_image_start(void) {
    static int started = 0;
    static int status = 0;
    static GMutex lock;
    g_mutex_lock(&lock);
    if (!started) {
        g_log_set_handler("VIPS", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
                          quiet, NULL);
        status = VIPS_INIT("ftap");
        if (status == 0) {
            vips_cache_set_max(0);
            vips_cache_set_max_mem(0);
            vips_cache_set_max_files(0);
        }
        started = 1;
    }
    g_mutex_unlock(&lock);
    return status;
}

static void copy_text(char *buffer, size_t size, const char *text) {
    if (size == 0) return;
    size_t length = text ? strlen(text) : 0;
    if (length >= size) length = size - 1;
    if (length) memcpy(buffer, text, length);
    buffer[length] = '\0';
}

int ftap_image_probe(const char *path, int *width, int *height, int *has_alpha, int *pages,
                     char *loader, size_t loader_size) {
    const char *found = vips_foreign_find_load(path);
    if (!found) return -1;
    // "VipsForeignLoadJpegFile" names the operation "jpegload".
    VipsObjectClass *class = VIPS_OBJECT_CLASS(g_type_class_ref(g_type_from_name(found)));
    copy_text(loader, loader_size, class ? class->nickname : found);
    // Sequential access and fail on the first decoding error: a truncated file is refused.
    VipsImage *image = vips_image_new_from_file(path, "access", VIPS_ACCESS_SEQUENTIAL,
                                                "fail_on", VIPS_FAIL_ON_ERROR, NULL);
    if (!image) return -1;
    int swap = vips_image_get_orientation_swap(image);
    *width = swap ? vips_image_get_height(image) : vips_image_get_width(image);
    *height = swap ? vips_image_get_width(image) : vips_image_get_height(image);
    *has_alpha = vips_image_hasalpha(image);
    *pages = vips_image_get_n_pages(image);
    // Every pixel read once: a file whose header is right but whose data is not fails here.
    double mean = 0;
    int status = vips_avg(image, &mean, NULL);
    g_object_unref(image);
    return status;
}

// A copy of `in` with none of its metadata (EXIF, XMP, IPTC, colour profile, comments): the
// savers' own `strip` leaves some of them in WebP files with this version of libvips.
static VipsImage *without_metadata(VipsImage *in) {
    VipsImage *out = NULL;
    if (vips_copy(in, &out, NULL)) return NULL;
    gchar **fields = vips_image_get_fields(out);
    for (int i = 0; fields && fields[i]; i++) {
        // Only metadata is removable: the header's own fields (width, bands…) stay.
        vips_image_remove(out, fields[i]);
    }
    g_strfreev(fields);
    return out;
}

int ftap_image_variant(const char *path, int width, const char *format, int quality,
                       void **bytes, size_t *length, int *made_width, int *made_height) {
    VipsImage *image = NULL;
    if (vips_thumbnail(path, &image, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                       "export_profile", "srgb", "fail_on", VIPS_FAIL_ON_ERROR, NULL)) {
        return -1;
    }
    VipsImage *bare = without_metadata(image);
    g_object_unref(image);
    if (!bare) return -1;
    image = bare;
    *made_width = vips_image_get_width(image);
    *made_height = vips_image_get_height(image);
    int status = -1;
    if (strcmp(format, "webp") == 0) {
        status = vips_webpsave_buffer(image, bytes, length, "Q", quality, "strip", TRUE,
                                      "effort", 4, NULL);
    } else if (strcmp(format, "jpeg") == 0) {
        status = vips_jpegsave_buffer(image, bytes, length, "Q", quality, "strip", TRUE,
                                      "optimize_coding", TRUE, "interlace", TRUE, NULL);
    } else if (strcmp(format, "png") == 0) {
        status = vips_pngsave_buffer(image, bytes, length, "compression", 9, "strip", TRUE, NULL);
    } else {
        vips_error("ftap", "format d'image inconnu : %s", format);
    }
    g_object_unref(image);
    return status;
}

void ftap_image_free(void *bytes) {
    g_free(bytes);
}

void ftap_image_sha256(const void *bytes, size_t length, char hex[65]) {
    gchar *digest = g_compute_checksum_for_data(G_CHECKSUM_SHA256, bytes, length);
    copy_text(hex, 65, digest);
    g_free(digest);
}

void ftap_image_error(char *buffer, size_t size) {
    copy_text(buffer, size, vips_error_buffer());
    vips_error_clear();
}
