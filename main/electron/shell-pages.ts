// Pages the shell serves itself, for when the renderer build cannot be trusted to load
// (a renderer that keeps crashing). No script, so the CSP needs no exception.

const UNAVAILABLE_HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Borne</title>
<link rel="stylesheet" href="unavailable.css">
</head>
<body>
<main>
<p lang="ar" dir="rtl">هذا الجهاز غير متاح مؤقتاً. يرجى التوجه إلى الشباك.</p>
<p lang="fr">Cette borne est momentanément indisponible. Merci de vous adresser au guichet.</p>
<p lang="en">This kiosk is temporarily unavailable. Please go to the counter.</p>
</main>
</body>
</html>
`;

const UNAVAILABLE_CSS = `html, body { margin: 0; height: 100%; background: #0b3d5c; color: #fff; }
body { display: flex; align-items: center; justify-content: center; font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; }
main { max-width: 60rem; padding: 2rem; text-align: center; }
p { font-size: 2.5rem; line-height: 1.5; margin: 1.5rem 0; }
`;

/** Shell pages by file name under the shell prefix. */
export const SHELL_PAGES: ReadonlyMap<string, string> = new Map([
  ['unavailable.html', UNAVAILABLE_HTML],
  ['unavailable.css', UNAVAILABLE_CSS],
]);
