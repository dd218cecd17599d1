/**
 * The exact KPI definitions and the statistics of docs/kpi-definitions.md, in plain Java: no Quarkus, no
 * database. The read model hands in facts (per-case rows, counts, score tallies); these classes
 * turn them into numbers, each carrying what it was computed from and its definition's name and
 * version.
 */
package rapport.kpi.maths;
