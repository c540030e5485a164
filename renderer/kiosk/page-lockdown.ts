// What the page itself can do against leaving the kiosk flow; the window and OS lockdown
// belong to the Electron shell.
export function lockDownPage(win: Window): void {
  win.addEventListener('contextmenu', (event) => event.preventDefault());
  win.addEventListener('dragstart', (event) => event.preventDefault());
  // Ctrl+wheel and trackpad pinch arrive as wheel events with ctrlKey: no zooming.
  win.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
}
