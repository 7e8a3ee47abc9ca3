/**
 * Writing CSV that is safe to open in a spreadsheet: RFC 4180 quoting, UTF-8 with an optional BOM,
 * and formula neutralisation of text cells ({@link org.khareetaty.core.csv.CsvWriter}). Used by
 * every CSV the program writes. Depends on nothing of ours.
 */
package org.khareetaty.core.csv;
