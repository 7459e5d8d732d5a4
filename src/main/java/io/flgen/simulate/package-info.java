/**
 * {@code flgen simulate}: runs a rendered {@code aml/pipeline.yaml} locally, each step's component
 * command as a subprocess in a private sandbox holding only the containers the access matrix grants
 * its identity. Reads only the rendered folder (pipeline, datastores, component specs, manifest);
 * depends on no other stage but the report package's JSON writer.
 */
package io.flgen.simulate;
