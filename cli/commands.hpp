// One function per subcommand, each in its own file (cli/<name>_command.cpp).
// Each receives argv with argv[0] set to "warrant <name>" and returns the process exit code:
// 0 ok, 1 findings or errors in the input, 2 usage or I/O error.
#pragma once

namespace warrant::cli {

int run_export(int argc, char** argv);
int run_eval(int argc, char** argv);
int run_af(int argc, char** argv);
int run_render(int argc, char** argv);
int run_convert(int argc, char** argv);
int run_check(int argc, char** argv);
int run_chains(int argc, char** argv);
int run_explain(int argc, char** argv);
int run_schemes(int argc, char** argv);
int run_compare(int argc, char** argv);
int run_report(int argc, char** argv);
int run_lsp(int argc, char** argv);
int run_watch(int argc, char** argv);
int run_draft(int argc, char** argv);

}  // namespace warrant::cli
