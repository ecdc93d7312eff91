// The cmi5 course structure (`cmi5.xml`) a package declares; written by src/cli/package-cmi5.ts.
/** The course structure (`cmi5.xml`, cmi5 §13) of a package with one assignable unit launched at `index.html`. */
export function cmi5Xml(course: {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly language: string;
  readonly mastery?: number;
}): string {
  const escape = (text: string) =>
    text.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
    );
  const lang = escape(course.language);
  const text = (value: string) => `<langstring lang="${lang}">${escape(value)}</langstring>`;
  const moveOn = course.mastery === undefined ? 'Completed' : 'CompletedAndPassed';
  const mastery = course.mastery === undefined ? '' : ` masteryScore="${course.mastery / 100}"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escape(course.id)}">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
  </course>
  <au id="${escape(course.id)}/au" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
    <title>${text(course.title)}</title>
    <description>${text(course.description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}
