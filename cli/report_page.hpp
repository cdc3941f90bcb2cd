// The class report of one map, as `warrant report` and `warrant watch` write it: the analyses'
// results gathered into ReportInputs and drawn by render_html_report().
#pragma once

#include "warrant/parse.hpp"

#include <string>

namespace warrant::cli {

// The page for a loaded map without errors. Notes from drawing go to stderr.
std::string report_page(const LoadResult& loaded, const std::string& title, int reload_seconds = 0);

}  // namespace warrant::cli
