# Ten years of generated journal: History (data and the real view), the CSV export and imports, the PDF report and
# the longest UI stall during an import. Included from bench/CMakeLists.txt; run it by hand, from a RelWithDebInfo
# build for telling figures: build-rel/bench/unknot-history-bench [--keep DIR] (about half a minute).
add_executable(unknot-history-bench ${CMAKE_CURRENT_LIST_DIR}/history.cpp ${CMAKE_CURRENT_LIST_DIR}/history_journal.cpp)
target_link_libraries(unknot-history-bench PRIVATE unknot_gui unknot_log Qt6::Sql)
