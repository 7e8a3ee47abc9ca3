/**
 * What this build of the program is: its version (the Maven project version) and the git commit it
 * was built from, written into a resource at build time. May depend on nothing else of the project.
 */
package org.khareetaty.app.release;
