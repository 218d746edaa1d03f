#ifndef NEWSMARK_LIBXML2_SHIM_H
#define NEWSMARK_LIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its headers then clash with Foundation's own ICU module.
   Newsmark never uses libxml2's ICU encoding handlers, so hide them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

/* Macros Swift cannot import. */
static inline void newsmark_xmlFree(void *pointer) { xmlFree(pointer); }
static inline const char *newsmark_xmlParserVersion(void) { return xmlParserVersion; }

#endif
