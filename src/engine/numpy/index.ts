/**
 * Course-exact reproduction: numpy's legacy generator and the notebook's data, init and batches.
 * @module
 */
export { NumpyRandom } from './numpy-random';
export { courseBatchOrder, courseHeInit, courseMiniBatches, courseModel, courseSchedule, makeMoonsSklearn } from './course';
