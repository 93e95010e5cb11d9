#ifndef PARTNER_AUDIT_CLIBXML2_SHIM_H
#define PARTNER_AUDIT_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its ICU types clash with Foundation's own
// copy of ICU in any module that sees both. Nothing here needs ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlmemory.h>

/// `xmlFree` is a mutable global function pointer, which Swift 6 refuses to read
/// from concurrent code; this wrapper reads it in C.
static inline void partner_audit_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// The dotted libxml2 version the module was compiled against.
static inline const char *partner_audit_libxml_version(void) {
    return LIBXML_DOTTED_VERSION;
}

#endif
