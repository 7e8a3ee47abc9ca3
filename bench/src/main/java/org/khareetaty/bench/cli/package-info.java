/**
 * {@code khareetaty bench}: one command per benchmark, run by {@link org.khareetaty.bench.cli.BenchCommand}
 * (the bench jar's main class), reporting failures as the workstation's command line does.
 */
package org.khareetaty.bench.cli;
