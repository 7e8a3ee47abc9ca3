/**
 * The benchmarks' measuring code: import, drill-down, DBSCAN, feed, alert engine, end-to-end stream
 * and window figures of docs/benchmarks.md, with the stores, streams and samplers they need. Not part
 * of the installed program.
 */
package org.khareetaty.bench;
