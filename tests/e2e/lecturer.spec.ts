/**
 * Journey: a lecturer in class (issues #7, #13). Presentation mode (its 1024×768 stage, scrolled with the
 * keyboard alone) and shortcuts (alive after clicks on controls; each view's own, listed in the help
 * dialog), the help dialog, presets and teacher notes from inside the app, and "copy link" with its QR code
 * (every control on screen in the link, the 3D camera in, the theme out); every dialog axe-clean in each
 * theme. (The Embed dialog: course-author.spec.ts.)
 */
import { test, expect } from './fixtures';
import { POSTER, start3d } from './support/lattice3d';
import { revealLazyPanels } from './support/lazyPanels';

test('presentation at 1024×768 (F): projector theme, picture and key numbers on the first screen, the keyboard alone scrolls to the last', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./?view=lattice&theme=dark');
  // The crystal is the stage's drawing until someone points at it (issue #15).
  await expect(page.locator(POSTER).locator('circle').first()).toBeVisible();
  await page.keyboard.press('f');
  await expect(page.locator('.pqd-root')).toHaveClass(/presenting/);
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'projector');
  await expect(page.getByRole('button', { name: 'Exit presentation' })).toHaveAttribute('aria-pressed', 'true');
  const inFirstScreen = async (selector: string) => {
    const b = await page.locator(selector).first().boundingBox();
    return b !== null && b.y >= 0 && b.y + b.height <= 768 + 1;
  };
  const scroll = () => page.evaluate(() => ({ y: Math.round(scrollY), max: document.documentElement.scrollHeight - innerHeight }));
  // Lattice stage: the crystal and t, μ, τ.
  await expect.poll(() => inFirstScreen(POSTER)).toBe(true);
  expect(await inFirstScreen('.readouts-panel')).toBe(true);
  expect((await scroll()).max).toBeGreaterThan(200);
  await page.keyboard.press('PageDown');
  await expect.poll(async () => (await scroll()).y).toBeGreaterThan(300);
  await page.keyboard.press('End');
  await expect.poll(async () => { const s = await scroll(); return s.max - s.y; }).toBeLessThanOrEqual(1);
  await page.keyboard.press('Home');
  await expect.poll(async () => (await scroll()).y).toBe(0);
  // Confinement stage: the plot (its marker) and the readout (colour, size, gap, wavelength); Space pages
  // down, End reaches the end (solar cell, notes).
  await page.keyboard.press('2');
  await expect(page.locator('.readout-panel')).toBeVisible();
  for (const id of ['size-marker', 'swatch', 'ro-d', 'ro-gap', 'ro-lambda']) expect(await inFirstScreen(`[data-testid=${id}]`), id).toBe(true);
  await page.keyboard.press(' ');
  await expect.poll(async () => (await scroll()).y).toBeGreaterThan(300);
  await page.keyboard.press('End');
  await expect.poll(async () => { const s = await scroll(); return s.max - s.y; }).toBeLessThanOrEqual(1);
  // The last thing on the page (the view's last numbers: no footer in presentation) is on screen. The notes at
  // the foot load as End brings them near (issue #15) and lengthen the page: End again reaches the new end.
  await expect(async () => {
    const bottom = await page.locator('#view-panel').boundingBox();
    if (!(bottom && bottom.y + bottom.height <= 768 + 1)) await page.keyboard.press('End');
    expect(bottom && bottom.y + bottom.height).toBeLessThanOrEqual(768 + 1);
  }).toPass({ timeout: 15_000 });
  // Leaving restores the layout and the theme.
  await page.keyboard.press('f');
  await expect(page.locator('.pqd-root')).not.toHaveClass(/presenting/);
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.foot')).toBeVisible();
});

// The radio clicked puts the marker on a perovskite: the PbS marker (the table's last radio) makes the
// views' one dot PbS, and the lattice view then shows rock-salt PbS, which has no composition chips to
// click (the cause of an earlier 60 s time-out here).
test('shortcuts keep working after a click on a checkbox, radio, slider or button; Escape leaves a text field', async ({ page }) => {
  await page.goto('./?view=lattice');
  await page.locator('.lattice input[type=checkbox]').first().click();
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/view=confinement/);
  await expect(page.locator('#view-panel .confinement')).toBeVisible();
  const marker = page.locator('.confinement').getByRole('radio', { name: /marker on CsPbI/ });
  await marker.click();
  await expect(marker).toBeChecked();
  await page.keyboard.press('s');
  const share = page.getByRole('dialog', { name: 'Share this state' });
  await expect(share).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(share).toBeHidden();
  await page.locator('.confinement input[type=range]').first().click();
  await page.keyboard.press('1');
  await expect(page.getByRole('tab', { name: /lattice/i })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#view-panel .lattice')).toBeVisible();
  // A chip (a button in the composition panel).
  await page.locator('.lattice .controls button').first().click();
  await page.keyboard.press('t');
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'dark');
  // Typing in a text field is never a shortcut; Escape leaves the field and the shortcuts are back.
  const field = page.locator('.lattice input[type=text]').first();
  await field.click();
  const typed = await field.inputValue();
  await page.keyboard.press('2');
  // The key went into the field (a shortcut would have been kept out of it), and the view stayed.
  await expect.poll(async () => (await field.inputValue()).length).toBe(typed.length + 1);
  await expect(page).not.toHaveURL(/view=confinement/);
  await page.keyboard.press('Escape');
  await expect(field).not.toBeFocused();
  await page.keyboard.press('2');
  await expect(page).toHaveURL(/view=confinement/);
});

test('number keys switch views (quick switches leave one app); T cycles the theme; shortcuts are off while typing', async ({ page }) => {
  // View 2's bundle arrives only after view 3's has been asked for (a slow network), so 3 is pressed while
  // the switch to 2 is still loading: the latest switch wins, one app on the page.
  let ligandsAsked = () => {};
  const ligandsScript = new Promise<void>((resolve) => (ligandsAsked = resolve));
  await page.route(/\/view-(confinement|ligands)-[^/]*\.js$/, async (route) => {
    if (route.request().resourceType() === 'script') {
      if (route.request().url().includes('ligands')) ligandsAsked();
      else await ligandsScript;
    }
    await route.continue();
  });
  await page.goto('./');
  await page.locator('body').press('2');
  await page.locator('body').press('3');
  await expect(page).toHaveURL(/view=ligands/);
  await expect(page.locator('#view-panel .ligands')).toBeVisible();
  await expect(page.locator('.pqd-root')).toHaveCount(1);
  await expect(page.locator('#view-panel .confinement')).toHaveCount(0);
  // Each switch is on screen before the next key (a switch may load the view's bundle first).
  await page.locator('body').press('2');
  await expect(page).toHaveURL(/view=confinement/);
  await expect(page.locator('#view-panel .confinement')).toBeVisible();
  await expect(page.locator('.pqd-root')).toHaveCount(1);
  await page.locator('body').press('t');
  await expect(page.locator('.pqd-root')).toHaveAttribute('data-theme', 'dark');
  await page.locator('body').press('1');
  await expect(page.getByRole('tab', { name: /lattice/i })).toHaveAttribute('aria-selected', 'true');
});

test('? opens the shortcut list; Escape closes it and focus returns', async ({ page, axe }) => {
  await page.goto('./');
  const helpButton = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await helpButton.click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Presentation mode');
  await axe(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(helpButton).toBeFocused();
  await page.locator('body').press('?');
  await expect(dialog).toBeVisible();
});

test('presets and teacher notes are reachable inside the app and set the state', async ({ page }) => {
  await page.goto('./?view=lattice');
  await page.getByRole('button', { name: 'Presets' }).click();
  const dialog = page.getByRole('dialog', { name: /Presets and teacher notes/ });
  await expect(dialog).toContainText('Predict what happens to t when Cs⁺ is replaced by FA⁺');
  await dialog.getByRole('button', { name: /FAPbI₃/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/comp=FAPbI3/);
});

test('share: the copied link restores the state, with a QR code of it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?view=confinement&d=5.5&sel=CsPbI3&style=ball');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this state' });
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible();
  const link = await dialog.getByRole('textbox', { name: 'Link to this state' }).inputValue();
  // Only the shown view's keys travel in the link.
  expect(link).toContain('view=confinement');
  expect(link).toContain('d=5.5');
  expect(link).toContain('sel=CsPbI3');
  expect(link).not.toContain('style=');
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog).toContainText(/copied|Ctrl\+C/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('tab', { name: /confinement/i })).toHaveAttribute('aria-selected', 'true');
  expect(other.url()).toContain('d=5.5');
});

test('share restores the turned 3D camera and leaves the theme out of the link unless asked', async ({ page, context }) => {
  await page.goto('./?view=lattice&theme=dark');
  const canvas = page.locator('.lattice-canvas');
  // Keyboard focus on the stage's drawing starts the 3D view (issue #15) and moves to it once it is ready.
  await page.locator(POSTER).locator('[role=application]').focus();
  await expect(canvas).toHaveAttribute('data-status', 'ready');
  await expect(canvas.locator('[role=application]')).toBeFocused();
  await expect(canvas).toHaveAttribute('data-camera', /\d/);
  const framed = await canvas.getAttribute('data-camera');
  // Turn the crystal with the keyboard (the 3D view's own arrows) and zoom in.
  for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowUp', '+']) await page.keyboard.press(key);
  await expect(page).toHaveURL(/view3d=/);
  // The drawn camera (data-camera, written after each frame) is the one in the address.
  await expect.poll(async () => (await canvas.getAttribute('data-camera')) === new URL(page.url()).searchParams.get('view3d')).toBe(true);
  const cam = await canvas.getAttribute('data-camera');
  expect(cam).not.toBe(framed);
  expect(new URL(page.url()).searchParams.get('view3d')).toBe(cam);

  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: 'Share this state' });
  const field = dialog.getByRole('textbox', { name: 'Link to this state' });
  const link = await field.inputValue();
  expect(new URL(link).searchParams.get('view3d')).toBe(cam);
  expect(link).not.toContain('theme=');
  const withTheme = dialog.getByRole('checkbox', { name: /theme/i });
  await withTheme.check();
  await expect(field).toHaveValue(/theme=dark/);
  await withTheme.uncheck();
  await expect(field).toHaveValue(link);

  // A student opens the link: same camera, own (default) theme.
  const other = await context.newPage();
  await other.goto(link);
  await start3d(other);
  await expect(other.locator('.lattice-canvas')).toHaveAttribute('data-camera', cam!);
  await expect(other.locator('.pqd-root')).toHaveAttribute('data-theme', 'light');
  await expect(other.getByTestId('url-warnings')).toHaveCount(0);
  // A camera preset button replaces the stored camera.
  await other.keyboard.press('Escape');
  await other.locator('.lattice button.dir').first().click();
  await expect(other).not.toHaveURL(/view3d=/);
});

test('axe-core (with best-practice rules) finds nothing in any dialog, in each theme', async ({ page, axe }) => {
  test.slow(); // twelve axe runs (four dialogs × three themes)
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?view=confinement');
  for (const theme of ['light', 'dark', 'projector'] as const) {
    await page.getByLabel('Theme').selectOption(theme);
    for (const [key, name] of [['?', 'Keyboard shortcuts'], ['p', /Presets/], ['s', 'Share this state'], ['e', /Embed/]] as const) {
      await page.locator('body').press(key);
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      await axe(page, { include: 'dialog[open]' });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }
});

test('the link carries every control on screen: lattice toggles, PLQY rates, facet-share size, device chart', async ({ page, context }) => {
  // Lattice: the box/axes/labels checkboxes write box, axes, labels; a fresh page restores them.
  await page.goto('./?view=lattice');
  await page.getByRole('checkbox', { name: 'Cell box' }).uncheck();
  await page.getByRole('checkbox', { name: 'Labels' }).check();
  await expect(page).toHaveURL(/box=0/);
  await expect(page).toHaveURL(/labels=1/);
  const lattice = await context.newPage();
  await lattice.goto(page.url());
  await expect(lattice.getByRole('checkbox', { name: 'Cell box' })).not.toBeChecked();
  await expect(lattice.getByRole('checkbox', { name: 'Axes' })).toBeChecked();
  await expect(lattice.getByRole('checkbox', { name: 'Labels' })).toBeChecked();

  // Ligands: PLQY rates, PbS facet-share diameter, device chart metric and grouping.
  await page.goto('./?view=ligands&system=PbS&krad=2.5&ktrap=0.5&pbsd=5&metric=voc&group=material');
  // The model panel and the facet plot load when scrolled near (issue #15): a real scroll to each first.
  await revealLazyPanels(page);
  await expect(page.getByRole('spinbutton', { name: /Radiative rate/ })).toHaveValue('2.5');
  await expect(page.getByRole('spinbutton', { name: /Trap rate/ })).toHaveValue('0.50');
  await expect(page.getByRole('slider', { name: /Dot diameter/ })).toHaveValue('5');
  // The devices chart loads when scrolled near (issue #15): a real scroll to its place first.
  await page.locator('.chart-loading').or(page.locator('.device-chart')).first().scrollIntoViewIfNeeded({ timeout: 5_000 }).catch(() => {});
  // The placeholder may give way to the chart during the scroll (detached): then the chart is scrolled to.
  await expect(page.locator('.device-chart')).toBeAttached();
  await page.locator('.device-chart').scrollIntoViewIfNeeded();
  await expect(page.getByRole('radio', { name: 'material' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /V\s*OC/ })).toBeChecked();
  // Changing a control writes the URL (replaceState), so Share copies it.
  await page.getByRole('radio', { name: 'exchange' }).check();
  await expect(page).not.toHaveURL(/group=/);
  await page.getByRole('spinbutton', { name: /Trap rate/ }).fill('1');
  await page.getByRole('spinbutton', { name: /Trap rate/ }).press('Enter');
  await expect(page).toHaveURL(/ktrap=1(&|$)/);
});

test('each view registers its own shortcuts; the help dialog lists them', async ({ page }) => {
  await page.goto('./?view=lattice&style=poly');
  await page.locator('body').press('y');
  await expect(page).toHaveURL(/style=ball/);
  await page.locator('body').press(']');
  await expect(page).toHaveURL(/cells=3/);
  await page.locator('body').press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('heading', { name: 'Lattice' })).toBeVisible();
  await expect(dialog).toContainText('Next drawing style');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.locator('body').press('2');
  await expect(page.locator('#view-panel .confinement')).toBeVisible();
  await page.locator('body').press(']');
  await expect(page).toHaveURL(/d=8\.5/);
  await page.locator('body').press('m');
  await expect(page).toHaveURL(/sel=CsPbI3/);
  await page.locator('body').press('?');
  await expect(dialog.getByRole('heading', { name: 'Confinement' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Lattice' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.locator('body').press('3');
  // The view's shortcuts exist once the view is on screen (a view switch may load its bundle first).
  await expect(page.locator('#view-panel .ligands')).toBeVisible();
  await page.locator('body').press('w');
  await expect(page).toHaveURL(/side=top/);
});
