/**
 * The {@code khareetaty} command line (picocli): one command class per subcommand, printing text
 * or {@code --json}. May depend on every module; computes nothing itself: it calls core classes.
 */
package org.khareetaty.app.cli;
