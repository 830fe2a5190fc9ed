# One INTERFACE target carries the compiler policy; every target links it.
add_library(gatewatch_policy INTERFACE)
target_compile_features(gatewatch_policy INTERFACE cxx_std_20)
target_compile_options(gatewatch_policy INTERFACE
    -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${GATEWATCH_WERROR}>:-Werror>)
target_compile_definitions(gatewatch_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    GATEWATCH_VERSION="${PROJECT_VERSION}")
if(GATEWATCH_SANITIZE)
    target_compile_options(gatewatch_policy INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(gatewatch_policy INTERFACE -fsanitize=address,undefined)
endif()
