/**
 * Validates RDF against Digdir's DCAT-AP-NO shapes in ../shared/standards/dcat-ap-no/ with a real
 * SHACL engine (rdf-validate-shacl); the shapes' owl:imports resolve to the ontologies file beside them.
 */
import { readFileSync } from 'node:fs';
import { Parser, type Quad } from 'n3';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

const DIR = '../shared/standards/dcat-ap-no';
const dataset = (quads: Quad[]) => rdf.dataset(quads);
const parseTurtle = (text: string) => new Parser({ format: 'text/turtle' }).parse(text);

export interface ShaclResult {
  severity: string;
  message: string;
  focusNode: string;
  path: string;
}

export async function validateDcatApNo(data: Quad[]): Promise<{ conforms: boolean; results: ShaclResult[] }> {
  const shapes = dataset(parseTurtle(readFileSync(`${DIR}/DCAT-AP-NO-shacl_shapes_2.00.ttl`, 'utf8')));
  const ontologies = dataset(parseTurtle(readFileSync(`${DIR}/ontologies.ttl`, 'utf8')));
  const validator = new SHACLValidator(shapes, { factory: rdf, importGraph: () => ontologies });
  const report = await validator.validate(dataset(data));
  return {
    conforms: report.conforms,
    results: report.results.map((r) => ({
      severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '',
      message: r.message.map((m) => m.value).join(' '),
      focusNode: r.focusNode?.value ?? '',
      path: r.path?.value ?? '',
    })),
  };
}
