import type { ScormVersion } from './scorm-formats';

/** What a package's `imsmanifest.xml` says about the course, besides its files. */
export interface ManifestCourse {
  /** An XML ID (letter first, then letters, digits, `-`, `_`, `.`), unique to the package. */
  readonly identifier: string;
  readonly title: string;
  readonly description: string;
  /** The language of the title, description and objectives (`en`, `fr`). */
  readonly language: string;
  /** The learning objectives, as the pack states them. */
  readonly objectives: readonly { readonly id: string; readonly text: string }[];
  /** The mastery score on 0–100, if the course sets one. */
  readonly mastery?: number;
}

/** The page the LMS launches, and the parameter that tells the game which SCORM API to look for. */
export const LAUNCH_HREF = 'index.html';
export const launchParameters = (version: ScormVersion): string => `?scorm=${version}`;

/** The manifest's `schemaversion` (SCORM 1.2 CAM; SCORM 2004 4th Edition CAM §3.4.1.3). */
export const SCHEMA_VERSION: Readonly<Record<ScormVersion, string>> = {
  '1.2': '1.2',
  '2004': '2004 4th Edition',
};

/** The file name of the manifest, at the root of the package. */
export const MANIFEST_FILE = 'imsmanifest.xml';

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value, safe inside XML (the five predefined entities). */
export const xmlEscape = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** A package path as a manifest `href`: `/`-separated, each segment percent-encoded as a URI needs. */
export const fileHref = (path: string): string =>
  path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');

const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** An objective id as an XML ID / `objectiveID` (anything else becomes `-`, and a leading digit gets `o-`). */
const objectiveId = (id: string) => {
  const safe = id.replace(/[^A-Za-z0-9_.-]/g, '-');
  return ID_PATTERN.test(safe) ? safe : `o-${safe}`;
};

/**
 * The `imsmanifest.xml` of a SCORM 1.2 or SCORM 2004 4th Edition package: one organisation, one item, one SCO
 * resource launched at {@linkcode LAUNCH_HREF} that lists every file of the package (`files`, package paths,
 * without the manifest itself); LOM metadata with the title, description, language and the learning
 * objectives (classification, purpose "educational objective"); the mastery as 1.2 `adlcp:masteryscore` or as
 * the 2004 primary objective's `minNormalizedMeasure` (satisfied by measure). No schema location, no URL:
 * nothing points outside the package.
 */
export function scormManifest(
  version: ScormVersion,
  course: ManifestCourse,
  files: readonly string[],
): string {
  if (!ID_PATTERN.test(course.identifier))
    throw new RangeError(`manifest: "${course.identifier}" is not an XML ID`);
  if (course.mastery !== undefined && !(course.mastery >= 0 && course.mastery <= 100))
    throw new RangeError(`manifest: mastery ${course.mastery} is outside 0–100`);
  if (files.includes(MANIFEST_FILE))
    throw new RangeError('manifest: the file list includes the manifest itself');
  const lang = xmlEscape(course.language);
  const title = xmlEscape(course.title);
  const fileList = [...files]
    .sort()
    .map((file) => `      <file href="${xmlEscape(fileHref(file))}"/>`)
    .join('\n');
  const parameters = xmlEscape(launchParameters(version));
  return version === '1.2'
    ? manifest12(course, lang, title, fileList, parameters)
    : manifest2004(course, lang, title, fileList, parameters);
}

function manifest12(course: ManifestCourse, lang: string, title: string, files: string, parameters: string) {
  const text = (value: string) =>
    `<imsmd:langstring xml:lang="${lang}">${xmlEscape(value)}</imsmd:langstring>`;
  const vocabulary = (value: string) => `<imsmd:langstring xml:lang="x-none">${value}</imsmd:langstring>`;
  const objectives = course.objectives.map(
    (objective) => `      <imsmd:classification>
        <imsmd:purpose>
          <imsmd:source>${vocabulary('LOMv1.0')}</imsmd:source>
          <imsmd:value>${vocabulary('Educational Objective')}</imsmd:value>
        </imsmd:purpose>
        <imsmd:description>${text(objective.text)}</imsmd:description>
        <imsmd:keyword>${text(objective.id)}</imsmd:keyword>
      </imsmd:classification>`,
  );
  const mastery =
    course.mastery === undefined
      ? ''
      : `\n        <adlcp:masteryscore>${course.mastery}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${course.identifier}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title>${text(course.title)}</imsmd:title>
        <imsmd:language>${lang}</imsmd:language>
        <imsmd:description>${text(course.description)}</imsmd:description>
      </imsmd:general>
${objectives.join('\n')}
    </imsmd:lom>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true" parameters="${parameters}">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_HREF}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

function manifest2004(
  course: ManifestCourse,
  lang: string,
  title: string,
  files: string,
  parameters: string,
) {
  const text = (value: string) => `<lom:string language="${lang}">${xmlEscape(value)}</lom:string>`;
  const classifications = course.objectives.map(
    (objective) => `      <lom:classification>
        <lom:purpose><lom:source>LOMv1.0</lom:source><lom:value>educational objective</lom:value></lom:purpose>
        <lom:description>${text(objective.text)}</lom:description>
        <lom:keyword>${text(objective.id)}</lom:keyword>
      </lom:classification>`,
  );
  const primary =
    course.mastery === undefined
      ? `<imsss:primaryObjective objectiveID="benchmarks" satisfiedByMeasure="false"/>`
      : `<imsss:primaryObjective objectiveID="benchmarks" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${course.mastery / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>`;
  const objectives = course.objectives
    .map(
      (objective) => `\n            <imsss:objective objectiveID="${xmlEscape(objectiveId(objective.id))}"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${course.identifier}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title>${text(course.title)}</lom:title>
        <lom:language>${lang}</lom:language>
        <lom:description>${text(course.description)}</lom:description>
      </lom:general>
${classifications.join('\n')}
    </lom:lom>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${title}</title>
      <item identifier="item" identifierref="sco" isvisible="true" parameters="${parameters}">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            ${primary}${objectives}
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${LAUNCH_HREF}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
