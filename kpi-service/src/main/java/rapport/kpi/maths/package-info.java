/**
 * The exact KPI definitions of SPEC §5 and the statistics of §6, in plain Java: no Quarkus, no
 * database. The read model hands in facts (per-case rows, counts, score tallies); these classes
 * turn them into numbers, each carrying what it was computed from and its definition's name and
 * version.
 */
package rapport.kpi.maths;
