/** JSON: the one Jackson mapper the program reads and writes every JSON document with ({@link org.khareetaty.core.json.JsonMapping}). */
package org.khareetaty.core.json;
