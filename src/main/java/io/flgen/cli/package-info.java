/**
 * The picocli commands: parse arguments, call the stages, print, and map outcomes to exit codes. No
 * logic of its own.
 */
package io.flgen.cli;
