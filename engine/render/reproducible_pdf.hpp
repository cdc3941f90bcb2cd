// Byte-stable PDF (private to the render stage).
//
// cairo 1.16 (Debian 12), which gvc renders PDF with, writes the wall clock into the document
// information dictionary as /CreationDate (D:YYYYMMDDHHMMSSZ) and does not honour
// SOURCE_DATE_EPOCH (that arrived in cairo 1.17.6). Everything else in its output is a function
// of the drawing, so pinning that one date makes the same map give the same bytes.
#pragma once

#include <string>

namespace warrant::render {

// Overwrites the date digits of the first /CreationDate with 1970-01-01 00:00:00 in place. The
// replacement has exactly the same length, so the cross-reference table's byte offsets stay
// valid. A PDF without that entry is left untouched.
void pin_pdf_creation_date(std::string& pdf);

}  // namespace warrant::render
