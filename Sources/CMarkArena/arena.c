// A bump allocator for cmark-gfm, one per thread. cmark allocates a node, a buffer or a list cell
// at a time and frees them one by one; with the C library's allocator that was close to half of
// the time spent under ftap's Markdown lock (perf, 10,000 sheets). Here an allocation is a
// pointer moved forward, freeing is nothing, and a document's memory goes back in one step.
#include "cmark_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct block {
    struct block *next;
    size_t size;
    size_t used;
    size_t padding; // keeps `data` 16-byte aligned (malloc's alignment)
    unsigned char data[];
} block;

// Before each allocation: its size, for realloc to copy.
typedef struct {
    size_t size;
    size_t padding;
} header;

enum { block_size = 256 * 1024 };

static _Thread_local block *current;

// When a thread ends, the block it kept goes back (threads of the pool seldom end).
static pthread_key_t ending;
static pthread_once_t ending_once = PTHREAD_ONCE_INIT;

static void release_blocks(void *unused) {
    (void)unused;
    while (current != NULL) {
        block *next = current->next;
        free(current);
        current = next;
    }
}

static void make_ending_key(void) { pthread_key_create(&ending, release_blocks); }

static size_t rounded(size_t size) { return (size + sizeof(header) + 15) & ~(size_t)15; }

static void *arena_allocate(size_t size) {
    if (size > SIZE_MAX / 2) abort();
    size_t need = rounded(size);
    if (current == NULL || current->size - current->used < need) {
        size_t capacity = need > block_size ? need : block_size;
        block *fresh = malloc(sizeof(block) + capacity);
        if (fresh == NULL) abort(); // as cmark's own allocator does
        if (current == NULL) {
            pthread_once(&ending_once, make_ending_key);
            pthread_setspecific(ending, fresh); // any non-null value: the destructor runs
        }
        fresh->next = current;
        fresh->size = capacity;
        fresh->used = 0;
        current = fresh;
    }
    header *h = (header *)(current->data + current->used);
    h->size = size;
    current->used += need;
    return h + 1;
}

static void *arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) abort();
    void *memory = arena_allocate(count * size);
    memset(memory, 0, count * size);
    return memory;
}

static void *arena_realloc(void *memory, size_t size) {
    if (memory == NULL) return arena_allocate(size);
    header *h = (header *)memory - 1;
    if (size <= h->size) return memory;
    // The last allocation of the current block grows where it is when there is room.
    unsigned char *end = (unsigned char *)h + rounded(h->size);
    if (end == current->data + current->used && rounded(size) - rounded(h->size) <= current->size - current->used) {
        current->used += rounded(size) - rounded(h->size);
        h->size = size;
        return memory;
    }
    void *moved = arena_allocate(size);
    memcpy(moved, memory, h->size);
    return moved;
}

static void arena_free(void *memory) { (void)memory; }

static cmark_mem arena = {arena_calloc, arena_realloc, arena_free};

void ftap_arena_end(void) {
    while (current != NULL && current->next != NULL) {
        block *next = current->next;
        free(current);
        current = next;
    }
    // The one block left is the first made: a standard one unless a huge text came first.
    if (current != NULL && current->size > block_size) {
        free(current);
        current = NULL;
    }
    if (current != NULL) current->used = 0;
}

cmark_mem *ftap_arena_begin(void) {
    ftap_arena_end();
    return &arena;
}
