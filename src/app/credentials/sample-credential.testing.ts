/** Test support: plain inputs for a realistic micro-credential, as the issuing flow will pass them. */
import type { CredentialInput } from './open-badge-credential.ts';

export type IssueInput = Omit<CredentialInput, 'issuer'> & { issuer: Omit<CredentialInput['issuer'], 'did'> };

export function sampleIssueInput(overrides: Partial<IssueInput> = {}): IssueInput {
  return {
    id: 'urn:uuid:0b6f5d3e-6a4f-4c7e-9a51-3f1c2b8d9e10',
    achievement: {
      id: 'urn:uuid:9d2c1f7a-2b3e-4a5d-8c6f-7e8d9a0b1c2d',
      name: 'Fractions: equivalence and comparison',
      description: 'Recognises, generates and compares equivalent fractions.',
      criteriaNarrative: 'Reach mastery (at least 95% predicted) in all three fraction skills of the Number pack.',
      alignments: [{
        targetName: 'Explain why a fraction a/b is equivalent to a fraction (n × a)/(n × b)',
        targetUrl: 'https://www.thecorestandards.org/Math/Content/4/NF/A/1/',
        targetCode: 'CCSS.MATH.CONTENT.4.NF.A.1',
        targetFramework: 'Common Core State Standards for Mathematics',
      }],
      image: { id: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=', caption: 'Fractions badge' },
    },
    issuer: { name: 'Maya Okafor', selfIssued: true },
    learnerId: 'urn:uuid:4c8e2a1b-7d3f-4e5a-9b6c-0d1e2f3a4b5c',
    validFrom: '2026-05-01T09:30:00Z',
    evidence: {
      skills: [
        { name: 'Equivalent fractions', masteredOn: '2026-04-20T10:00:00Z' },
        { name: 'Comparing fractions', masteredOn: '2026-04-28T16:12:00Z' },
      ],
      itemCount: 146,
      accuracy: 0.872,
      project: { title: 'Recipe scaling', description: 'Halved and tripled three family recipes.', narrative: 'Photos of each step are in the portfolio.' },
    },
    ...overrides,
  };
}
