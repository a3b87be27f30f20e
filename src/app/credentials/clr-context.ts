/**
 * The JSON-LD context of 1EdTech Comprehensive Learner Record 2.0, as the app bundles it.
 *
 * No npm package ships this context (unlike VC 2.0 and OB 3.0), so it is authored here from the
 * CLR 2.0 vocabulary (https://purl.imsglobal.org/spec/vc/clr/vocab.html): each term maps to the
 * IRI the vocabulary gives it. Canonical RDF depends only on those mappings, so a verifier that
 * fetches the published context computes the same hash for every term a Wayfind CLR uses.
 * Small and plain data, but it is only imported by bundled-contexts.ts (the lazy crypto chunk).
 */
const CLR = 'https://purl.imsglobal.org/spec/vc/clr/vocab.html#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

export const CLR_V2_CONTEXT_DOCUMENT = {
  '@context': {
    id: '@id',
    type: '@type',
    ClrCredential: {
      '@id': `${CLR}ClrCredential`,
      '@context': {
        id: '@id',
        type: '@type',
        partial: { '@id': `${CLR}partial`, '@type': `${XSD}boolean` },
      },
    },
    ClrSubject: {
      '@id': `${CLR}ClrSubject`,
      '@context': {
        id: '@id',
        type: '@type',
        verifiableCredential: { '@id': `${CLR}verifiableCredential`, '@type': 'https://www.w3.org/2018/credentials#verifiableCredential', '@container': '@set' },
        association: { '@id': `${CLR}association`, '@type': `${CLR}Association`, '@container': '@set' },
      },
    },
    Association: {
      '@id': `${CLR}Association`,
      '@context': {
        associationType: { '@id': `${CLR}AssociationType` },
        sourceId: { '@id': `${CLR}sourceId`, '@type': `${XSD}anyURI` },
        targetId: { '@id': `${CLR}targetId`, '@type': `${XSD}anyURI` },
      },
    },
  },
} as const;
