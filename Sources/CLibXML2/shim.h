#ifndef PACTO_CLIBXML2_SHIM_H
#define PACTO_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers then clash with the ICU copy
// inside swift-corelibs-foundation. Pacto never uses libxml2's ICU converters,
// so the ICU part of encoding.h is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

// Only the libxml2 headers Pacto uses.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function-pointer variable in libxml2; Swift 6 refuses
/// to touch it ("not concurrency-safe"). This wrapper calls it from C.
static inline void pacto_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/// A structured-error handler that drops libxml2's messages instead of
/// printing them to stderr; parse problems are expected on real pages.
static void pacto_ignoreStructuredError(void *userData, xmlErrorPtr error) {
    (void)userData;
    (void)error;
}

/// Installs the silent handler for the calling thread (libxml2 keeps the
/// handler per thread when built with thread support, as Debian's is).
static inline void pacto_silenceErrors(void) {
    xmlSetStructuredErrorFunc(NULL, pacto_ignoreStructuredError);
}

/// glibc's allocator: keep up to `trim` bytes freed at the top of the heap
/// and map apart only blocks of `mmap` bytes and more (see
/// `Reader.keepFreedMemory`). Nothing on other C libraries.
#if defined(__GLIBC__)
#include <malloc.h>
static inline void pacto_keepFreedMemory(int trim, int mmap) {
    mallopt(M_TRIM_THRESHOLD, trim);
    mallopt(M_MMAP_THRESHOLD, mmap);
}
#else
static inline void pacto_keepFreedMemory(int trim, int mmap) {
    (void)trim;
    (void)mmap;
}
#endif

#endif
