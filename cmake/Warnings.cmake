# Project-wide compiler flags, applied to our own targets through nn_project_options.
add_library(nn_project_options INTERFACE)
target_compile_options(nn_project_options INTERFACE -Wall -Wextra -Wpedantic)
if(NN_WARNINGS_AS_ERRORS)
  target_compile_options(nn_project_options INTERFACE -Werror)
endif()
if(NN_SANITIZE)
  target_compile_options(nn_project_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(nn_project_options INTERFACE -fsanitize=address,undefined)
endif()
