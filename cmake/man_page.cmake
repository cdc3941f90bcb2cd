# Writes warrant.1 from the built tool's own --help texts, so the man page can never describe
# options the tool does not have. Run at build time:
#   cmake -DWARRANT=path/to/warrant -DVERSION=x.y.z -DOUTPUT=warrant.1 -P man_page.cmake

# roff reads a leading '.' or '\'' as a request and '\' as an escape: quote both.
function(roff_escape text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND ${WARRANT} --help OUTPUT_VARIABLE usage RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${WARRANT} --help failed (${status})")
endif()

# The command names are the first word of each indented line under "commands:".
string(REGEX MATCHALL "\n  [a-z]+ " command_lines "${usage}")
set(commands)
foreach(line IN LISTS command_lines)
  string(STRIP "${line}" name)
  list(APPEND commands ${name})
endforeach()

roff_escape("${usage}" usage_roff)
set(page ".TH WARRANT 1 \"\" \"warrant ${VERSION}\" \"User Commands\"
.SH NAME
warrant \\- check, draw and grade argument maps and essays
.SH SYNOPSIS
.B warrant
.I command
[\\fIoptions\\fR] \\fIFILE\\fR...
.SH DESCRIPTION
warrant loads an argument (an Argdown map, a research corpus file or an essay's prose) as a typed
graph and tells whether it holds up: which claims reach evidence, which objections go unanswered,
which citations are incomplete, and which claims survive their attackers.
Each finding is printed at file:line:col; \\fBwarrant explain\\fR \\fICODE\\fR says what it means.
.PP
.nf
${usage_roff}
.fi
.SH COMMANDS
")
foreach(name IN LISTS commands)
  execute_process(COMMAND ${WARRANT} ${name} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${WARRANT} ${name} --help failed (${status})")
  endif()
  roff_escape("${help}" help_roff)
  string(APPEND page ".SS ${name}\n.nf\n${help_roff}\n.fi\n")
endforeach()
string(APPEND page ".SH EXIT STATUS
0 ok; 1 findings or errors in the input; 2 usage or I/O error.
.SH FILES
Output files are written to a temporary file and renamed: a failure never leaves half a file.
.SH SEE ALSO
.BR dot (1)
")
file(WRITE ${OUTPUT}.tmp "${page}")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
