// --glob patterns for folders: "*.html", "**/*.htm", "2024-??-*.txt", "{news,world}/**/*.html".
// `*` and `?` stay within one path segment, `**/` spans any number of folders, `{a,b}` is a choice and
// `[abc]` a character class; matching is against the path relative to the folder, with `/` separators.
// A pattern without a `/` matches the file's name in any folder ("*.html" finds nested files too).

export function globMatcher(pattern: string): (path: string) => boolean {
  const re = new RegExp(`^${toRegExp(pattern)}$`);
  const byName = !pattern.includes('/');
  return (path) => re.test(path) || (byName && re.test(path.slice(path.lastIndexOf('/') + 1)));
}

function toRegExp(glob: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        out += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = end;
      }
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) out += '|';
    else out += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return out + ')'.repeat(depth);
}
