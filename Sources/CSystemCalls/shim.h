// Linux system calls that Glibc's Swift module does not expose.
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/// renameat2(2) with RENAME_EXCHANGE: swaps two paths in one atomic step, so the output folder
/// always exists. Returns -1 with errno set (EINVAL or ENOSYS where the file system lacks it).
static inline int ftap_exchange_paths(const char *first, const char *second) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 1u << 1);
}

/// renameat2(2) with RENAME_NOREPLACE: renames only when nothing is at the destination.
static inline int ftap_rename_no_replace(const char *from, const char *to) {
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1u << 0);
}
