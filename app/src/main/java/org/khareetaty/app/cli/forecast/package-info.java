/**
 * {@code khareetaty forecast}: one class per subcommand (the backtest of protocol A), over the core's
 * {@code org.khareetaty.core.forecast} package. See docs/forecast.md.
 */
package org.khareetaty.app.cli.forecast;
