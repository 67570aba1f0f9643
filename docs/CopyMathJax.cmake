# cmake -D MATHJAX_DIR=/usr/share/javascript/mathjax -D DESTINATION=<html>/mathjax -P CopyMathJax.cmake
#
# Copies the part of MathJax 2 that the book uses (TeX input, HTML-CSS output with the
# TeX web fonts; about 2 MB of Debian's 54 MB tree), so its pages typeset math offline.
foreach(part
    MathJax.js
    extensions
    jax/input/TeX
    jax/element
    jax/output/HTML-CSS/config.js
    jax/output/HTML-CSS/jax.js
    jax/output/HTML-CSS/imageFonts.js
    jax/output/HTML-CSS/autoload
    jax/output/HTML-CSS/fonts/TeX
    fonts/HTML-CSS/TeX/woff)
  if(IS_DIRECTORY ${MATHJAX_DIR}/${part})
    file(COPY ${MATHJAX_DIR}/${part}/ DESTINATION ${DESTINATION}/${part} FOLLOW_SYMLINK_CHAIN)
  elseif(EXISTS ${MATHJAX_DIR}/${part})
    get_filename_component(parent ${part} DIRECTORY)
    file(COPY ${MATHJAX_DIR}/${part} DESTINATION ${DESTINATION}/${parent} FOLLOW_SYMLINK_CHAIN)
  else()
    message(FATAL_ERROR "MathJax is missing ${MATHJAX_DIR}/${part}")
  endif()
endforeach()
