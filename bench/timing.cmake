# Session driver timing under load and cost while paused; run through bench/timing.sh.
# Included from bench/CMakeLists.txt.
add_executable(unknot-timing ${CMAKE_CURRENT_LIST_DIR}/timing.cpp)
target_link_libraries(unknot-timing PRIVATE unknot_gui)
