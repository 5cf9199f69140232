# Ten years of generated journal: History's reads, the CSV export and import, and the PDF report.
# Included from bench/CMakeLists.txt; run it by hand (a Release or RelWithDebInfo build gives telling figures).
add_executable(unknot-history-bench ${CMAKE_CURRENT_LIST_DIR}/history.cpp)
target_link_libraries(unknot-history-bench PRIVATE unknot_gui unknot_log Qt6::Sql)
