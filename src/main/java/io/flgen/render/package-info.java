/**
 * Stage 5, render: the plan to view data (strings, booleans, pre-sorted lists), then FreeMarker
 * templates and YAML serialisation into an in-memory, sorted set of files. Templates never compute;
 * the view builders do. Imports plan, model and diag.
 */
package io.flgen.render;
