/**
 * Registers every op's gradient with tfjs-core. Training and fine-tuning need them; inference
 * does not, so the worker imports this module only before the first training request. (Where
 * tfjs is loaded whole, as in Node, they are registered already.)
 */
import '@tensorflow/tfjs-core/dist/register_all_gradients';
