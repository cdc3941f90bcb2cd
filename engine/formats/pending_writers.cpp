// Temporary: the Argdown and GraphML writers land in the next commits; this keeps the build linking.
#include "warrant/formats.hpp"
namespace warrant {
std::string export_argdown(const ArgumentMap&) { return ""; }
}
