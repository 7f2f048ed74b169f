#ifndef PARALLAX_LIBXML2_SHIM_H
#define PARALLAX_LIBXML2_SHIM_H
// libxml2's headers pull in ICU when LIBXML_ICU_ENABLED is set, and ICU's headers clash
// with Foundation's copy. Read the version header first, switch ICU off, then the parser.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#endif
