// `npm run train:ner [-- options]`: trains the NER model from ../shared/eval/ner/conll2003 and writes
// models/ner-en.bin (run after `npm run build`; the npm script does both). With no options it builds the
// shipped model: trained on train + dev with the settings chosen on dev, about 5 minutes on 2 cores.
//   --tune           train on train only and score dev after every epoch, keeping the best epoch
//                    (how the settings below were chosen)
//   --out FILE       where to write (default models/ner-en.bin)
//   --epochs N       epochs (default 20); --seed N (default 1)
//   --bags N         average the weights of N models trained on different shuffles (default 3)
//   --folds N        jackknife folds for two-pass hints (default 4; 0 = one pass)
//   --fold-epochs N  epochs of each fold's first-pass model (default 8)
//   --prune X        drop feature rows whose largest weight is below X (default 0.05)
//   --no-lexicon, --no-gazetteer   leave a resource out (for ablations)
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { trainNer } = await import(join(root, 'dist', 'src', 'ner', 'train.js'));
const { loadResources } = await import(join(root, 'dist', 'src', 'ner', 'tagger.js'));
const { sharedDir } = await import(join(root, 'dist', 'src', 'util', 'paths.js'));

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'models', 'ner-en.bin') },
    epochs: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    folds: { type: 'string', default: '4' },
    'fold-epochs': { type: 'string', default: '8' },
    tune: { type: 'boolean', default: false },
    prune: { type: 'string', default: '0.05' },
    bags: { type: 'string', default: '3' },
    'no-lexicon': { type: 'boolean', default: false },
    'no-gazetteer': { type: 'boolean', default: false },
  },
});
const shared = sharedDir();
const data = shared && join(shared, 'eval', 'ner', 'conll2003');
if (!data || !existsSync(join(data, 'train.txt'))) {
  console.error('train:ner: ../shared/eval/ner/conll2003/train.txt not found (set CHANCERY_SHARED)');
  process.exit(2);
}
const resources = loadResources(root);
if (values['no-lexicon']) resources.lexicon = null;
if (values['no-gazetteer']) resources.gazetteer = null;
trainNer({
  data,
  out: values.out,
  resources,
  epochs: Number(values.epochs),
  seed: Number(values.seed),
  folds: Number(values.folds),
  foldEpochs: Number(values['fold-epochs']),
  withDev: !values.tune,
  prune: Number(values.prune),
  bags: Number(values.bags),
  log: (line) => console.log(line),
});
